/* h_jobs.c — GET /v1/jobs/{id}: the state of an asynchronous job (store/db_jobs). */
#include "db_jobs.h"
#include "h_handlers.h"
#include "h_store.h"

int h_jobs_get(const srv_request *req, srv_response *res, gl_error *err)
{
    const char *id = srv_param(req, "id");
    json_t *out;
    if (db_job_get(req->db, id, &out, err) < 0)
        return -1;
    if (!out)
        return srv_problem(res, 404, "no job %s", id);
    srv_response_json(res, 200, out);
    return 0;
}
