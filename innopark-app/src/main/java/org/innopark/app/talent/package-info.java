/**
 * 人才服务: a park's talents (the registry's programme entries joined with the 人才办's profiles: education, platform,
 * title, arrival), its 科学家工作室 and 科研团队, the counts the bulletins quote, the imports of both (Chinese-header
 * templates, whole file or nothing), and the service requests of talents and their firms (人才公寓, 子女就学, 政策兑现, …)
 * with their workflow and time limits, each step audited. Enterprise users submit and see only their firm's requests.
 */
@ApplicationModule(allowedDependencies = {"registry", "registry :: imports", "security", "audit"})
package org.innopark.app.talent;

import org.springframework.modulith.ApplicationModule;
