/** The user-administration API: accounts an administrator manages, and a user's own password. */
package org.innopark.app.users.web;
