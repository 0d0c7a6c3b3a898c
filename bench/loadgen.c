/*
 * loadgen: a small open-loop HTTP/1.1 load driver for loopback benchmarks.
 *
 * Requests are due at fixed intervals (RATE per second) whatever the server's latency, and each
 * latency counts from the moment its request was due, so queueing shows in the percentiles
 * (no coordinated omission). One thread, epoll, keep-alive connections opened as needed. It is
 * written in C so that the driver, which shares the 2 cores with the server, costs a few
 * microseconds per request and has no JIT or garbage collector of its own to disturb the figures.
 *
 *   cc -O2 -o /tmp/loadgen bench/loadgen.c
 *   /tmp/loadgen RATE SECONDS WARMUP_SECONDS URL [URL ...]      (URLs used in turn; loopback only)
 *
 * Prints one line: requests, achieved rate, p50/p95/p99/max latency, errors, average bytes.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONNS 512
#define MAX_URLS 64

typedef struct {
    char request[2048];
    size_t length;
} target;

typedef struct {
    int fd;
    int busy;
    int64_t due;
    long index;
    int record;
    char *buf;
    size_t len, cap;
} conn;

static target targets[MAX_URLS];
static int ntargets;
static struct sockaddr_in address;
static conn conns[MAX_CONNS];
static int nconns;
static int64_t *latencies;
static long recorded, errors, bytes_total, sent;

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t) t.tv_sec * 1000000000L + t.tv_nsec;
}

static void parse_url(const char *url, int index) {
    char host[256] = "", path[1536] = "/";
    int port = 80;
    if (sscanf(url, "http://%255[^:/]:%d%1535s", host, &port, path) < 2
        && sscanf(url, "http://%255[^:/]%1535s", host, path) < 1) {
        fprintf(stderr, "not an http URL: %s\n", url);
        exit(2);
    }
    if (strcmp(host, "localhost") != 0 && strncmp(host, "127.", 4) != 0) {
        fprintf(stderr, "loopback targets only: %s\n", url);
        exit(2);
    }
    address.sin_family = AF_INET;
    address.sin_port = htons((uint16_t) port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    targets[index].length = (size_t) snprintf(targets[index].request, sizeof targets[index].request,
        "GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept-Language: es\r\nAccept-Encoding: identity\r\n\r\n",
        path, host, port);
}

static int open_conn(int epoll) {
    int slot = -1;
    for (int i = 0; i < nconns; i++) if (conns[i].fd < 0) { slot = i; break; }
    if (slot < 0 && nconns == MAX_CONNS) return -1;
    if (slot < 0) slot = nconns++;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *) &address, sizeof address) != 0) {
        if (fd >= 0) close(fd);
        return -1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    conn *c = &conns[slot];
    if (!c->buf) { c->cap = 65536; c->buf = malloc(c->cap); }
    c->fd = fd;
    c->busy = 0;
    c->len = 0;
    struct epoll_event event = {.events = EPOLLIN, .data.u32 = (uint32_t) slot};
    epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
    return slot;
}

/* Returns the full response length when the buffer holds a whole response, 0 when more is needed, -1 on garbage. */
static long complete(conn *c, int *status, int *closing) {
    c->buf[c->len] = 0;
    char *end = strstr(c->buf, "\r\n\r\n");
    if (!end) return 0;
    if (sscanf(c->buf, "HTTP/1.%*d %d", status) != 1) return -1;
    size_t head = (size_t) (end - c->buf) + 4;
    *closing = 0;
    long content_length = -1;
    int chunked = 0;
    for (char *line = strstr(c->buf, "\r\n") + 2; line < end; line = strstr(line, "\r\n") + 2) {
        if (strncasecmp(line, "content-length:", 15) == 0) content_length = atol(line + 15);
        else if (strncasecmp(line, "transfer-encoding:", 18) == 0 && strcasestr(line, "chunked")) chunked = 1;
        else if (strncasecmp(line, "connection:", 11) == 0 && strcasestr(line, "close")) *closing = 1;
    }
    if (!chunked) {
        if (content_length < 0) content_length = 0;
        return c->len >= head + (size_t) content_length ? (long) (head + (size_t) content_length) : 0;
    }
    size_t at = head;
    for (;;) {
        char *eol = memmem(c->buf + at, c->len - at, "\r\n", 2);
        if (!eol) return 0;
        long size = strtol(c->buf + at, NULL, 16);
        at = (size_t) (eol - c->buf) + 2;
        if (size == 0) {
            char *last = memmem(c->buf + at, c->len - at, "\r\n", 2);
            return last ? (long) ((size_t) (last - c->buf) + 2) : 0;
        }
        if (c->len < at + (size_t) size + 2) return 0;
        at += (size_t) size + 2;
    }
}

static int compare(const void *a, const void *b) {
    int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
    return (x > y) - (x < y);
}

static double percentile(double p) {
    if (recorded == 0) return 0;
    long index = (long) (p / 100.0 * (double) recorded);
    if (index >= recorded) index = recorded - 1;
    return (double) latencies[index] / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: loadgen RATE SECONDS WARMUP_SECONDS URL [URL ...]\n");
        return 2;
    }
    long rate = atol(argv[1]), seconds = atol(argv[2]), warmup = atol(argv[3]);
    ntargets = argc - 4 > MAX_URLS ? MAX_URLS : argc - 4;
    for (int i = 0; i < ntargets; i++) parse_url(argv[4 + i], i);
    long total = rate * (seconds + warmup), first_recorded = rate * warmup;
    latencies = malloc(sizeof(int64_t) * (size_t) (rate * seconds + 1));
    int64_t *queue = malloc(sizeof(int64_t) * (size_t) total);  /* due times waiting for a connection */
    long queued = 0, dequeued = 0, next = 0, done = 0, retry[MAX_CONNS];
    int retries = 0;
    int epoll = epoll_create1(0);
    int64_t interval = 1000000000L / rate, start = now_ns(), measure_start = start + warmup * 1000000000L;
    int64_t deadline = start + (seconds + warmup + 30) * 1000000000L;
    struct epoll_event events[64];
    while (done < total && now_ns() < deadline) {
        int64_t now = now_ns();
        while (next < total && start + next * interval <= now) queue[queued++] = next++;
        while (dequeued < queued || retries > 0) {
            int free_conn = -1;
            for (int i = 0; i < nconns; i++) if (!conns[i].busy && conns[i].fd >= 0) { free_conn = i; break; }
            if (free_conn < 0) free_conn = open_conn(epoll);
            if (free_conn < 0) break;
            long index = retries > 0 ? retry[--retries] : queue[dequeued++];
            conn *c = &conns[free_conn];
            target *t = &targets[index % ntargets];
            if (write(c->fd, t->request, t->length) != (ssize_t) t->length) {
                errors++;
                done++;
                continue;
            }
            c->busy = 1;
            c->index = index;
            c->due = start + index * interval;
            c->record = index >= first_recorded;
            c->len = 0;
            sent++;
        }
        int64_t wait = next < total ? start + next * interval - now_ns() : 100000000L;
        struct timespec timeout = {.tv_sec = 0, .tv_nsec = wait > 0 ? wait : 0};
        int n = epoll_pwait2(epoll, events, 64, &timeout, NULL);
        for (int e = 0; e < n; e++) {
            conn *c = &conns[events[e].data.u32];
            int eof = 0;
            for (;;) {
                if (c->cap - c->len < 16384) { c->cap *= 2; c->buf = realloc(c->buf, c->cap); }
                ssize_t got = read(c->fd, c->buf + c->len, c->cap - c->len - 1);
                if (got > 0) { c->len += (size_t) got; continue; }
                eof = got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
                break;
            }
            int status = 0, closing = 0;
            long length = c->busy ? complete(c, &status, &closing) : 0;
            if (length == 0) closing = 0;  /* "Connection: close" counts once the response is whole */
            if (length != 0) {
                int64_t latency = now_ns() - c->due;
                done++;
                if (c->record) {
                    if (length < 0 || status >= 400) errors++;
                    latencies[recorded++] = latency;
                    bytes_total += length;
                }
                c->busy = 0;
                c->len = 0;
            }
            if (eof && c->busy) {
                /* A keep-alive connection the server closed while idle: like any HTTP client, send the
                   (idempotent) request again on a new connection; its latency still counts from when it
                   was due. A connection closed mid-response is an error. */
                if (c->len == 0 && retries < MAX_CONNS) retry[retries++] = c->index;
                else { errors++; done++; }
                c->busy = 0;
            }
            if (eof || closing || length < 0) {
                epoll_ctl(epoll, EPOLL_CTL_DEL, c->fd, NULL);
                close(c->fd);
                c->fd = -1;
                c->busy = 0;
            }
        }
    }
    double elapsed = (double) (now_ns() - measure_start) / 1e9;
    qsort(latencies, (size_t) recorded, sizeof(int64_t), compare);
    printf("requests=%ld achieved=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms errors=%ld avgBytes=%ld connections=%d\n",
           recorded, (double) recorded / (elapsed > 0 ? elapsed : 1), percentile(50), percentile(95), percentile(99),
           recorded ? (double) latencies[recorded - 1] / 1e6 : 0, errors + (total - done), recorded ? bytes_total / recorded : 0,
           nconns);
    return 0;
}
