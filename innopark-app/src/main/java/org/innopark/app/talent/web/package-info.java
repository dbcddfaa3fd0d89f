/** 人才服务 API. */
package org.innopark.app.talent.web;
