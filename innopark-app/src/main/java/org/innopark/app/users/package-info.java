/** 用户管理: the accounts administrators manage (roles, parks, enabling, unlocking, password resets) and a user's own password. */
package org.innopark.app.users;
