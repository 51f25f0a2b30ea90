/** Command-line tools that talk to a running Edutrack (plan-file import, tamper-evidence checks). */
package cn.edutrack.local.cli;
