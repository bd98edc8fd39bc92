/* srv_log.h — one-line logs to stderr with a UTC timestamp and a level. Thread-safe (stdio). */
#ifndef SRV_LOG_H
#define SRV_LOG_H

void srv_log(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define srv_info(...) srv_log("info", __VA_ARGS__)
#define srv_warn(...) srv_log("warn", __VA_ARGS__)
#define srv_error(...) srv_log("error", __VA_ARGS__)

#endif
