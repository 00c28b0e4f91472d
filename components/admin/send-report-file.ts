/** What an upload route answered: its JSON (with ok and message), or a message when it could not be reached. */
export type RouteAnswer<T> = T | { ok: false; message: string };

/**
 * Sends one form to an upload route with XMLHttpRequest (fetch does not tell how much of a body
 * is sent): `onSent(fraction)` while the file goes up, `onSent(1)` once it is all sent and the
 * server is reading it.
 */
export function sendReportFile<T>(
  url: string,
  form: FormData,
  onSent: (fraction: number) => void,
): Promise<RouteAnswer<T>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "text";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onSent(event.total ? event.loaded / event.total : 1);
    };
    request.upload.onload = () => onSent(1);
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText) as RouteAnswer<T>);
      } catch {
        // The front door's 413 and proxies answer in plain text.
        const text = request.responseText.trim();
        resolve({
          ok: false,
          message: text && /[\u4e00-\u9fff]/u.test(text) ? text : `服务器无法处理（${request.status}）`,
        });
      }
    };
    request.onerror = () => resolve({ ok: false, message: "网络错误，文件没有送达服务器" });
    request.send(form);
  });
}
