/* srv_request.c — request lookups, response building and RFC 9457 problem+json
 * (see srv_request.h). */
#include "srv_request.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "gl_alloc.h"

const char *srv_param(const srv_request *req, const char *name)
{
    for (int i = 0; i < req->nparams; i++)
        if (!strcmp(req->params[i].name, name))
            return req->params[i].value;
    return NULL;
}

const char *srv_query(const srv_request *req, const char *name)
{
    for (int i = 0; i < req->nquery; i++)
        if (!strcmp(req->query[i].name, name))
            return req->query[i].value ? req->query[i].value : "";
    return NULL;
}

const char *srv_header(const srv_request *req, const char *name)
{
    for (int i = 0; i < req->nheaders; i++)
        if (!strcasecmp(req->headers[i].name, name))
            return req->headers[i].value;
    return NULL;
}

double srv_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double srv_time_left(const srv_request *req)
{
    return req->deadline - srv_now();
}

static void clear_body(srv_response *res)
{
    json_decref(res->json);
    res->json = NULL;
    free(res->body);
    res->body = NULL;
    res->body_len = 0;
}

void srv_response_json(srv_response *res, int status, json_t *body)
{
    clear_body(res);
    res->status = status;
    res->json = body;
    res->content_type = NULL;
}

void srv_response_raw(srv_response *res, int status, const char *content_type, char *body,
                      size_t len)
{
    clear_body(res);
    res->status = status;
    res->body = body;
    res->body_len = len;
    res->content_type = content_type;
}

void srv_response_header(srv_response *res, const char *name, const char *value)
{
    if (res->nheaders >= SRV_MAX_RES_HEADERS)
        return;
    res->headers[res->nheaders].name = gl_strdup(name);
    res->headers[res->nheaders].value = gl_strdup(value);
    res->nheaders++;
}

void srv_response_cleanup(srv_response *res)
{
    if (!res)
        return;
    clear_body(res);
    for (int i = 0; i < res->nheaders; i++) {
        free((char *)res->headers[i].name);
        free((char *)res->headers[i].value);
    }
    memset(res, 0, sizeof *res);
}

const char *srv_status_title(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status";
    }
}

/* A stable problem type URI per status, relative to the service (RFC 9457 allows relative). */
static const char *problem_type(int status)
{
    switch (status) {
    case 400: return "/problems/bad-request";
    case 401: return "/problems/unauthorized";
    case 403: return "/problems/forbidden";
    case 404: return "/problems/not-found";
    case 405: return "/problems/method-not-allowed";
    case 408: return "/problems/request-timeout";
    case 409: return "/problems/conflict";
    case 413: return "/problems/body-too-large";
    case 415: return "/problems/unsupported-media-type";
    case 422: return "/problems/unprocessable";
    case 503: return "/problems/unavailable";
    case 504: return "/problems/timeout";
    default: return "about:blank";
    }
}

json_t *srv_problem_json(int status, const char *detail)
{
    json_t *p = json_object();
    json_object_set_new(p, "type", json_string(problem_type(status)));
    json_object_set_new(p, "title", json_string(srv_status_title(status)));
    json_object_set_new(p, "status", json_integer(status));
    if (detail) {
        json_t *d = json_string(detail);
        if (!d) /* detail not UTF-8 (echoing client bytes): keep it out rather than fail */
            d = json_string("(detail not representable)");
        json_object_set_new(p, "detail", d);
    }
    return p;
}

int srv_problem(srv_response *res, int status, const char *detail_fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, detail_fmt);
    vsnprintf(detail, sizeof detail, detail_fmt, ap);
    va_end(ap);
    srv_response_json(res, status, srv_problem_json(status, detail));
    res->content_type = "application/problem+json";
    return 0;
}

int srv_problem_from_error(srv_response *res, const gl_error *err)
{
    int status = err->status >= 400 && err->status <= 599 ? err->status : 500;
    json_t *p = srv_problem_json(status, *err->message ? err->message : NULL);
    if (err->offset >= 0 && (status == 400 || status == 422))
        json_object_set_new(p, "offset", json_integer(err->offset));
    if (err->line > 0) {
        json_object_set_new(p, "line", json_integer(err->line));
        json_object_set_new(p, "column", json_integer(err->column));
    }
    srv_response_json(res, status, p);
    res->content_type = "application/problem+json";
    return 0;
}
