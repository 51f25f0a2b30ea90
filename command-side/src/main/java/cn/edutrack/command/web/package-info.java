/** Web concerns shared by every endpoint: RFC 9457 problem responses. */
package cn.edutrack.command.web;
