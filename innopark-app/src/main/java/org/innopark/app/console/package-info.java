/** The web console's shell: sign-in, the home page, the language switch. Feature pages live with their features. */
package org.innopark.app.console;
