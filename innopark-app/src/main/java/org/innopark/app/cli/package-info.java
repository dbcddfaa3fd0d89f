/** The command line: picocli commands that start the application context they need and run one operation. */
package org.innopark.app.cli;
