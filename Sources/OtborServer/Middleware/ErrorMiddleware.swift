import Hummingbird
import OtborCore
import OtborServices
import OtborStore

/// Turns every error into an answer a person can act on: `application/problem+json` under
/// `/api/`, an HTML page elsewhere. Without credentials the API answers 401 and pages send the
/// browser to the sign-in form.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    /// One refusal, before it is written for the API or for a page.
    struct Refusal {
        var status: HTTPResponse.Status
        var slug: String
        var detail: String
        var headers: HTTPFields = [:]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let api = request.uri.path.hasPrefix("/api/")
            if !api, case ConsoleError.unauthenticated = error {
                return Response(status: .seeOther, headers: [.location: "/login"])
            }
            let refusal = Self.refusal(for: error, strings: ConsoleStrings(context.language))
            if refusal.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error.type": .string(String(describing: type(of: error)))])
            }
            var response = api
                ? Problem(refusal.slug, title: refusal.status.reasonPhrase, status: refusal.status, detail: refusal.detail).response()
                : ConsolePage(title: ConsoleStrings(context.language)[.errorTitle], bodyClass: "error-page",
                              content: ErrorPage(strings: ConsoleStrings(context.language), status: refusal.status.code,
                                                 message: refusal.detail))
                    .response(status: refusal.status, context: context)
            response.headers.append(contentsOf: refusal.headers)
            return response
        }
    }

    /// The status and wording of `error`. Details of unexpected errors stay in the log.
    static func refusal(for error: any Error, strings: ConsoleStrings) -> Refusal {
        switch error {
        case let error as ConsoleError:
            switch error {
            case .unauthenticated:
                Refusal(status: .unauthorized, slug: "unauthenticated",
                        detail: "sign in at /login, or send an API token as `Authorization: Bearer TOKEN` (`otbor users token LOGIN` issues one)",
                        headers: [.wwwAuthenticate: "Bearer"])
            case .badToken:
                Refusal(status: .unauthorized, slug: "bad-token",
                        detail: "the bearer token is unknown or its account is disabled; ask an administrator for a new one (`otbor users token LOGIN`)",
                        headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""])
            case .forbidden:
                Refusal(status: .forbidden, slug: "forbidden", detail: strings[.forbidden])
            case .notYourInterview:
                Refusal(status: .forbidden, slug: "not-your-interview", detail: strings[.notYourInterview])
            case .hiddenInterview:
                Refusal(status: .forbidden, slug: "hidden-until-submitted", detail: strings[.hiddenInterview])
            case .csrfRejected:
                Refusal(status: .forbidden, slug: "csrf", detail: strings[.forgedRequest])
            case .notFound:
                Refusal(status: .notFound, slug: "not-found", detail: strings[.notFound])
            case .unprocessable(let detail):
                Refusal(status: .unprocessableContent, slug: "invalid-body", detail: detail)
            case .tooManyAttempts(let seconds):
                Refusal(status: .tooManyRequests, slug: "too-many-attempts", detail: strings[.tooManyAttempts],
                        headers: [.retryAfter: String(seconds)])
            }
        case let error as StoreError:
            switch error {
            case .unknownCandidate, .unknownSession, .unknownAccount:
                Refusal(status: .notFound, slug: "not-found", detail: error.description)
            case .sessionLocked, .duplicateSession, .duplicateAccount:
                Refusal(status: .conflict, slug: "conflict", detail: error.description)
            case .invalid(let message):
                Refusal(status: .unprocessableContent, slug: "invalid", detail: message)
            case .ambiguousCandidate, .accountDisabled:
                Refusal(status: .unprocessableContent, slug: "invalid", detail: error.description)
            case .busy, .diskFull:
                Refusal(status: .serviceUnavailable, slug: "unavailable", detail: strings[.serverError], headers: [.retryAfter: "5"])
            case .notADatabase, .cannotCreate, .cannotOpen, .missingDatabase, .duplicateWebSession:
                Refusal(status: .internalServerError, slug: "server-error", detail: strings[.serverError])
            }
        case let error as CampaignError:
            refusal(for: error, strings: strings)
        case let error as InterviewError:
            refusal(for: error, strings: strings)
        case let error as ConsensusError:
            refusal(for: error, strings: strings)
        case let error as GroupSittingError:
            refusal(for: error, strings: strings)
        case let error as HTTPError where error.status == .notFound:
            Refusal(status: .notFound, slug: "not-found", detail: strings[.notFound])
        case let error as HTTPError where (400..<500).contains(error.status.code):
            Refusal(status: error.status, slug: "bad-request", detail: strings[.badRequest])
        default:
            Refusal(status: .internalServerError, slug: "server-error", detail: strings[.serverError])
        }
    }
}
