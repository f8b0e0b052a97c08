// A file server: answers each request (a message carrying the response size) with that many
// bytes, then closes the connection, as tgen's server side does for a GET.

import type { TcpHost, TcpSocket } from '../tcp/socket';
import { SERVER_PORT } from '../tor/relay';

export function startFileServer(host: TcpHost): void {
  host.listen<number>(SERVER_PORT, (socket) => {
    let remaining = 0;
    const send = (s: TcpSocket<number>): void => {
      while (remaining > 0) {
        const accepted = s.write(remaining);
        if (accepted === 0) return; // the writable callback continues
        remaining -= accepted;
      }
      s.close();
    };
    socket.setHandlers({
      message: (s, responseBytes) => {
        remaining = responseBytes;
        send(s);
      },
      writable: send,
    });
  });
}
