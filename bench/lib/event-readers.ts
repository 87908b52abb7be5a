/** Readers with the document open: each holds its server-sent event stream, as the reader page does. */
import http from "node:http";

export async function openEventReaders(url: string, count: number): Promise<{ close: () => void }> {
  const requests = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<http.ClientRequest>((resolve, reject) => {
          const request = http.get(url, { agent: false }, (response) => {
            if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
            response.resume(); // read and drop what arrives
            resolve(request);
          });
          request.on("error", reject);
        }),
    ),
  );
  return { close: () => requests.forEach((request) => request.destroy()) };
}
