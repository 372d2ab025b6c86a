#!/usr/bin/env python3
"""A local stand-in for the one Stripe API call the webhook benchmark leads Masthead to make: the list
of invoice payments for a payment intent (asked when a refund names a payment not yet recorded).
Answers every such question with an empty list, as Stripe does for a one-time payment. Serves on
127.0.0.1 at the port given, until stopped."""
import http.server
import sys


class Answer(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if not self.path.startswith("/v1/invoice_payments"):
            self.send_error(404)
            return
        body = b'{"object":"list","url":"/v1/invoice_payments","has_more":false,"data":[]}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    # Many webhook deliveries may ask at once; the default backlog of 5 would drop their connections.
    request_queue_size = 256
    daemon_threads = True


Server(("127.0.0.1", int(sys.argv[1])), Answer).serve_forever()
