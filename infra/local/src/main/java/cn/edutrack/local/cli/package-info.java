/** Command-line tools that talk to a running Edutrack (plan-file import). */
package cn.edutrack.local.cli;
