/** The audit log over HTTP. */
package org.innopark.app.audit.web;
