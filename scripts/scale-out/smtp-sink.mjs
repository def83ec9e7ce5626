// A minimal SMTP server for scripts/scale-out.sh: accepts every message and appends its
// Message-ID and Subject (one JSON line each) to the output file, so duplicates can be counted.
//   node scripts/scale-out/smtp-sink.mjs --port 2525 --out mails.jsonl [--refuse]
// With --refuse it starts without listening (connections are refused, like an SMTP outage);
// SIGUSR1 starts listening, SIGUSR2 stops again. No TLS and no AUTH: the portal's SMTP_URL
// points at smtp://127.0.0.1:<port>.
import { appendFileSync } from "node:fs";
import net from "node:net";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option("--port", "2525"));
const out = option("--out", "smtp-sink.jsonl");

/** The value of one header in the message's header block (folded lines joined). */
function header(message, name) {
  const head = message.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) as text, for a readable Subject. */
function decodeWords(value) {
  return value?.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_all, _charset, kind, text) => {
    if (kind.toUpperCase() === "B") return Buffer.from(text, "base64").toString("utf8");
    const bytes = text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  });
}

function session(socket) {
  let buffer = "";
  let data = null; // the lines of the message while in DATA, else null
  let envelope = { from: null, to: [] };
  const reply = (line) => socket.write(`${line}\r\n`);
  reply("220 scale-out smtp sink");
  socket.on("data", (chunk) => {
    buffer += chunk.toString("utf8");
    let end;
    while ((end = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (data) {
        if (line !== ".") {
          data.push(line.startsWith("..") ? line.slice(1) : line);
          continue;
        }
        const message = data.join("\r\n");
        const record = {
          at: new Date().toISOString(),
          messageId: header(message, "Message-ID"),
          subject: decodeWords(header(message, "Subject")),
          to: envelope.to,
        };
        appendFileSync(out, `${JSON.stringify(record)}\n`);
        data = null;
        envelope = { from: null, to: [] };
        reply("250 2.0.0 queued");
        continue;
      }
      switch (line.slice(0, 4).toUpperCase()) {
        case "EHLO":
          reply("250-scale-out\r\n250-8BITMIME\r\n250 SMTPUTF8");
          break;
        case "HELO":
          reply("250 scale-out");
          break;
        case "MAIL":
          envelope.from = line.slice(10).trim();
          reply("250 2.1.0 ok");
          break;
        case "RCPT":
          envelope.to.push(line.slice(8).trim().replace(/^<|>$/g, ""));
          reply("250 2.1.5 ok");
          break;
        case "DATA":
          data = [];
          reply("354 end with <CRLF>.<CRLF>");
          break;
        case "RSET":
          envelope = { from: null, to: [] };
          reply("250 2.0.0 ok");
          break;
        case "NOOP":
          reply("250 2.0.0 ok");
          break;
        case "QUIT":
          reply("221 2.0.0 bye");
          socket.end();
          break;
        default:
          reply("502 5.5.2 command not implemented");
      }
    }
  });
  socket.on("error", () => socket.destroy());
}

let server = null;
function open() {
  if (server) return;
  server = net.createServer(session).listen(port, "127.0.0.1", () => console.log(`• smtp sink listening on 127.0.0.1:${port}`));
}
function close() {
  if (!server) return;
  server.close();
  server = null;
  console.log("• smtp sink refusing connections");
}

process.on("SIGUSR1", open);
process.on("SIGUSR2", close);
process.on("SIGTERM", () => process.exit(0));
if (args.includes("--refuse")) {
  console.log(`• smtp sink started refusing (SIGUSR1 opens 127.0.0.1:${port})`);
  setInterval(() => {}, 1 << 30); // stay alive while not listening
} else open();
