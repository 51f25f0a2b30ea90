package cn.edutrack.command.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Puts Axon 4's JDBC and transaction auto-configuration after Boot 4's DataSource and transaction
 * manager. Axon orders itself after the Boot 3 class names, which Boot 4 moved; without this, Axon
 * configures itself before a DataSource exists and silently falls back to a no-op transaction
 * manager. Empty on purpose: its ordering is the whole point. {@link AxonWiringCheck} verifies it.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        },
        beforeName = {
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
            "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
            "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"
        })
public class AxonOnBoot4AutoConfiguration {
}
