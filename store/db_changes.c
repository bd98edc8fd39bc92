/* db_changes.c — reading the change log; see db_changes.h. */
#include "db_changes.h"

#include <stdio.h>
#include <stdlib.h>


int db_changes_list(db_conn *c, long long since, int limit, json_t **out, int *count,
                    gl_error *err)
{
    *out = NULL;
    *count = 0;
    char s_since[32], s_lim[16];
    snprintf(s_since, sizeof s_since, "%lld", since);
    snprintf(s_lim, sizeof s_lim, "%d", limit);
    const char *params[2] = {s_since, s_lim};
    PGresult *r = db_exec(c, "chg_list",
                          "SELECT seq, kind, entity_id, op, version FROM gl_changes($1, $2)",
                          2, params, err);
    if (!r)
        return -1;
    json_t *list = json_array();
    long long next = since;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        long long seq = atoll(PQgetvalue(r, i, 0));
        json_t *o = json_object();
        json_object_set_new(o, "seq", json_integer(seq));
        json_object_set_new(o, "kind", json_string(PQgetvalue(r, i, 1)));
        json_object_set_new(o, "id", json_string(PQgetvalue(r, i, 2)));
        json_object_set_new(o, "op", json_string(PQgetvalue(r, i, 3)));
        json_object_set_new(o, "version",
                            PQgetisnull(r, i, 4) ? json_null()
                                                 : json_integer(atoll(PQgetvalue(r, i, 4))));
        json_array_append_new(list, o);
        next = seq + 1;
    }
    PQclear(r);
    *out = json_object();
    json_object_set_new(*out, "changes", list);
    json_object_set_new(*out, "next", json_integer(next));
    *count = n;
    return 0;
}
