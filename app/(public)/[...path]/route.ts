import { notFoundPage } from "../_html/public-document";

// Every address no page or route answers: the public site's own 404 page, in Chinese and in the
// site's look, plain HTML like the other public pages (Next's built-in 404 would load scripts the
// public pages' Content-Security-Policy does not expect).

export const dynamic = "force-dynamic";

function answerNotFound(): Promise<Response> {
  return notFoundPage();
}

export { answerNotFound as GET, answerNotFound as POST };
