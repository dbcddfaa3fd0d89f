/** The incubation API. */
package org.innopark.app.incubation.web;
