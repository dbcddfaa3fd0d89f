/** Who may do what: accounts, roles, the login, and the park scope every read is filtered by. */
package org.innopark.app.security;
