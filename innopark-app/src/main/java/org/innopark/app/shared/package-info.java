/** Small value types that every feature may use and that depend on nothing of the application: a page of a list. */
package org.innopark.app.shared;
