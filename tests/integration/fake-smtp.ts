import net from "node:net";

export type FakeSmtp = {
  readonly url: string;
  /** Every message's DATA as received, in order. */
  readonly received: string[];
  /** Stops listening: connections are refused until `open()` (an SMTP outage). */
  close(): Promise<void>;
  open(): Promise<void>;
};

/** Just enough SMTP to accept messages (no TLS, no auth), recording what it received. */
export async function fakeSmtpServer(): Promise<FakeSmtp> {
  const received: string[] = [];
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        converse(socket, received);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
    });
  await open();
  return { url: `smtp://127.0.0.1:${port}`, received, close, open };
}

function converse(socket: net.Socket, received: string[]) {
  let data = false;
  let buffer = "";
  socket.write("220 fake ESMTP\r\n");
  socket.on("data", (chunk) => {
    buffer += chunk.toString("utf8");
    if (data) {
      const end = buffer.indexOf("\r\n.\r\n");
      if (end < 0) return;
      received.push(buffer.slice(0, end));
      buffer = buffer.slice(end + 5);
      data = false;
      socket.write("250 queued\r\n");
    }
    let newline: number;
    while (!data && (newline = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO" || verb === "HELO") socket.write("250 fake\r\n");
      else if (verb === "DATA") {
        data = true;
        socket.write("354 go ahead\r\n");
      } else if (verb === "QUIT") socket.end("221 bye\r\n");
      else socket.write("250 ok\r\n");
    }
  });
}
