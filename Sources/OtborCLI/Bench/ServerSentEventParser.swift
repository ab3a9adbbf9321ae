/// Reads a `text/event-stream` body piece by piece, as it arrives: bytes in, whole events out.
/// Lines end with LF or CR LF; a blank line ends an event; `event:` names it (`message` when
/// unnamed), `data:` lines are joined with LF, comment lines (`:`) and other fields (`id`,
/// `retry`) are skipped, and an event without data is not dispatched (the WHATWG rules the
/// browser's `EventSource` follows). A piece may end anywhere, even inside a UTF-8 character.
struct ServerSentEventParser: Sendable {
    /// One event: its name and its data.
    struct Event: Sendable, Equatable {
        var name: String
        var data: String
    }

    private var line: [UInt8] = []
    private var name = ""
    private var data: [String] = []

    /// The events that `bytes` completes, in order.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
        var events: [Event] = []
        for byte in bytes {
            guard byte == UInt8(ascii: "\n") else {
                line.append(byte)
                continue
            }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if let event = take(String(decoding: line, as: UTF8.self)) { events.append(event) }
            line.removeAll(keepingCapacity: true)
        }
        return events
    }

    /// Takes one whole line; returns the event a blank line ends, if it carries data.
    private mutating func take(_ text: String) -> Event? {
        if text.isEmpty {
            defer { name = ""; data = [] }
            return data.isEmpty ? nil : Event(name: name.isEmpty ? "message" : name, data: data.joined(separator: "\n"))
        }
        if text.hasPrefix(":") { return nil }
        let field: Substring, value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            let rest = text[text.index(after: colon)...]
            value = rest.hasPrefix(" ") ? rest.dropFirst() : rest
        } else {
            field = text[...]
            value = ""
        }
        switch field {
        case "event": name = String(value)
        case "data": data.append(String(value))
        default: break
        }
        return nil
    }
}
