#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for Settle's mail tests (aiosmtpd, Debian's python3-aiosmtpd).

Every message it accepts is written to --dir as NNNN.eml (the data as received) and NNNN.json (the
envelope, and the message as Python's own email parser reads it: decoded headers, the text and HTML
bodies, the MIME structure, each attachment written to NNNN-att-K). The test compares those with what
it queued. Switches make it misbehave the ways a real server does.

Prints "PORT <n>" on stdout once it listens. Run with /usr/bin/python3.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = 0
        self.started = 0
        self.lock = threading.Lock()
        self.controller = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.mode == "reject-rcpt":
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if self.args.mode == "drop-rcpt":
            # The connection breaks before any data: nothing can have been delivered.
            server.transport.close()
            return "250 OK"
        if self.args.mode == "silent-rcpt":
            # No answer to RCPT for a long while, then the door closes: nothing was delivered.
            await asyncio.sleep(self.args.silence)
            server.transport.close()
            return "250 OK"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        mode = self.args.mode
        if mode == "tempfail":
            return "451 4.3.0 Mailbox temporarily unavailable, try again later"
        if mode == "reject":
            return "554 5.7.1 Message rejected: looks like spam to us"
        # A mark that the data of one more message is here and its answer pending (tests wait for it).
        with self.lock:
            self.started += 1
            started = self.started
        open(os.path.join(self.args.dir, "started-%04d" % started), "w").close()
        if self.args.delay > 0:
            await asyncio.sleep(self.args.delay)
        if mode == "silent-data":
            # All the data arrived and the server keeps it, but says nothing for a long while, then closes:
            # a client that waits for the answer longer than its timeout learns nothing either way.
            self.save(envelope)
            await asyncio.sleep(self.args.silence)
            server.transport.close()
            return "250 OK"
        if mode == "drop-data":
            # All the data arrived, the answer never leaves: the client cannot know.
            self.save(envelope)
            server.transport.close()
            return "250 OK"
        number = self.save(envelope)
        if self.args.stop_after and number >= self.args.stop_after:
            # The server goes away in the middle of a batch: this message is answered, new connections
            # are refused from now on.
            self.controller.server.close()
        return "250 2.0.0 Ok: queued as SETTLE%04d" % number

    def save(self, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        base = os.path.join(self.args.dir, "%04d" % number)
        raw = envelope.content
        summary = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
            "longest_line": max((len(line) for line in raw.split(b"\r\n")), default=0),
        }
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        summary["defects"] = [str(d) for d in msg.defects]
        for name in ("subject", "from", "to", "cc", "reply-to", "bcc", "message-id", "date", "mime-version"):
            value = msg.get(name)
            summary[name] = None if value is None else str(value)
        summary["structure"] = [part.get_content_type() for part in msg.walk()]
        plain = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        summary["text"] = plain.get_content() if plain is not None else None
        summary["html"] = html.get_content() if html is not None else None
        attachments = []
        for k, part in enumerate(msg.iter_attachments()):
            path = "%s-att-%d" % (base, k)
            with open(path, "wb") as f:
                f.write(part.get_content())
            attachments.append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                                "file": path})
        summary["attachments"] = attachments
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        # Written last and renamed into place: a test that sees NNNN.json sees a whole message.
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False)
        os.rename(base + ".json.tmp", base + ".json")
        return number


def serve_silently(port, silence):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(16)

    def hold(connection):
        threading.Event().wait(silence)
        connection.close()

    def accept():
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=hold, args=(connection,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    print("PORT %d" % port, flush=True)
    sys.stdin.read()
    listener.close()


def main():
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--mode", default="ok",
                        choices=["ok", "tempfail", "reject", "reject-rcpt", "drop-rcpt", "drop-data", "silent-greeting",
                                 "silent-rcpt", "silent-data"])
    parser.add_argument("--silence", type=float, default=30.0,
                        help="silent-* modes: seconds of silence before the server closes the connection")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to think before answering the data")
    parser.add_argument("--stop-after", type=int, default=0, help="stop listening after this many messages")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--tls", default="none", choices=["none", "starttls", "ssl"],
                        help="STARTTLS offered and required, or TLS from the first byte (smtps)")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    # Numbering continues after a restart on the same folder.
    handler = Handler(args)
    handler.count = len([n for n in os.listdir(args.dir) if n.endswith(".json")])
    handler.started = len([n for n in os.listdir(args.dir) if n.startswith("started-")])

    kwargs = {}
    if args.user:
        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user
                  and auth_data.password.decode() == args.password)
            return AuthResult(success=ok, handled=False)
        kwargs = dict(authenticator=authenticate, auth_required=True, auth_require_tls=args.tls != "none")
    if args.tls != "none":
        # A self-signed certificate for 127.0.0.1 beside the message folder (cert.pem): the client must
        # refuse it unless told to trust it.
        folder = os.path.dirname(os.path.abspath(args.dir))
        cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
        if not os.path.exists(cert):
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                            "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                           check=True, capture_output=True)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        if args.tls == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            kwargs.update(ssl_context=context)
    port = args.port or free_port()
    if args.mode == "silent-greeting":
        # Takes the connection and never greets: a server that hangs before the conversation begins.
        serve_silently(port, args.silence)
        return
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    handler.controller = controller
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        # Until the test closes our stdin or terminates us.
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
