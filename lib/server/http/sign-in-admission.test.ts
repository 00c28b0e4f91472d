import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { SignInAdmission, isSignInRequest } from "./sign-in-admission";

function response(): ServerResponse & EventEmitter {
  return new EventEmitter() as ServerResponse & EventEmitter;
}

describe("sign-in admission", () => {
  it("recognises the sign-in form's server action, and nothing else", () => {
    const request = (method: string, url: string, action?: string) =>
      ({ method, url, headers: action ? { "next-action": action } : {} }) as unknown as IncomingMessage;
    expect(isSignInRequest(request("POST", "/login", "abc"))).toBe(true);
    expect(isSignInRequest(request("POST", "/login?next=%2Fstaff", "abc"))).toBe(true);
    expect(isSignInRequest(request("GET", "/login"))).toBe(false);
    expect(isSignInRequest(request("POST", "/staff/reports/1/overview", "abc"))).toBe(false);
    expect(isSignInRequest(request("POST", "/login"))).toBe(false);
  });

  it("lets in two at a time, the next as soon as an answer finishes or its client goes away, and each only once", () => {
    const admission = new SignInAdmission(2);
    const served: number[] = [];
    const responses = Array.from({ length: 5 }, () => response());
    responses.forEach((answer, index) => admission.admit(answer, () => served.push(index)));
    expect(served).toEqual([0, 1]);
    responses[0]!.emit("finish");
    responses[0]!.emit("close");
    expect(served).toEqual([0, 1, 2]);
    responses[1]!.emit("close");
    expect(served).toEqual([0, 1, 2, 3]);
    responses[2]!.emit("finish");
    responses[3]!.emit("finish");
    expect(served).toEqual([0, 1, 2, 3, 4]);
  });
});
