/** The registry REST API: parks, enterprises with their qualifications, annual reports and their submission. */
package org.innopark.app.registry.web;
