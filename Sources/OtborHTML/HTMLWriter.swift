/// The one place markup is made: an append-only writer of polyglot HTML5/XHTML.
///
/// Element and attribute names are `StaticString`s, so they can only come from source code;
/// every `String` — text and attribute values alike — is escaped (`& < > " '`), and control
/// characters other than tab and newline (which XML 1.0 forbids) and the noncharacters
/// U+FFFE/U+FFFF are dropped. Void HTML elements and empty SVG shapes are self-closed
/// (`<meta …/>`, `<circle …/>`); every other element gets an explicit end tag, so the output
/// parses both as HTML5 and as XML. Event-handler attributes (`on…`) and `style` attributes
/// are refused (a debug-build assertion), so pages work under a Content-Security-Policy
/// without `'unsafe-inline'`.
public struct HTMLWriter: Sendable {
    /// The markup written so far.
    public var output: String {
        pending.isEmpty ? written : written + String(decoding: pending, as: UTF8.self)
    }

    // The writer's methods are inlinable: a report of 10,000 candidates makes millions of calls
    // from other modules, which would otherwise each pay a cross-module call and closure context.
    // Markup is first gathered as UTF-8 bytes (appending to a byte array is a capacity check and
    // a copy, where a `String` also updates its count and flags on every append), then moved
    // into `written` a chunk at a time, so the page is never held twice.
    @usableFromInline var written: String
    @usableFromInline var pending: [UInt8]

    /// The size of the chunks moved from `pending` to `written`.
    @usableFromInline static let chunk = 64 * 1024

    /// An empty writer; `capacity` reserves room for the expected output size in bytes.
    public init(capacity: Int = 64 * 1024) {
        written = ""
        written.reserveCapacity(capacity)
        pending = []
        pending.reserveCapacity(min(capacity, Self.chunk) + 1024)
    }

    /// The markup written, leaving the writer empty: the page's one copy is handed over.
    public mutating func finish() -> String {
        flush()
        defer { written = "" }
        return written
    }

    /// `<name attributes>content</name>`. Attributes whose value is `nil` are left out.
    @inlinable
    public mutating func element(
        _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
        _ content: (inout HTMLWriter) -> Void
    ) {
        open(name, attributes)
        content(&self)
        close(name)
    }

    /// `<name attributes>escaped text</name>`.
    @inlinable
    public mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) {
        open(name, attributes)
        Self.escape(text, into: &pending)
        close(name)
    }

    /// A self-closed element: an HTML void element (`meta`, `br`, `link`) or an empty SVG shape.
    @inlinable
    public mutating func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        append("<")
        append(name)
        writeAttributes(attributes)
        append("/>")
        flushIfFull()
    }

    /// Escaped text.
    @inlinable
    public mutating func text(_ text: String) {
        Self.escape(text, into: &pending)
    }

    /// Text that came from a person (a name, a note, an id someone typed), isolated from the
    /// surrounding text's direction (`<bdi class="person">`), so that an RTL override inside it
    /// cannot reorder what follows.
    @inlinable
    public mutating func person(_ text: String) {
        bdi(text)
    }

    /// Text from data that is not a person's words — a timestamp or a date as stored — isolated
    /// from the surrounding direction all the same, because the page does not control what it
    /// holds. The markup is the same as ``person(_:)``, class included (`<bdi class="person">`):
    /// one stylesheet rule styles every isolated run, and existing pages keep their bytes.
    @inlinable
    public mutating func isolated(_ text: String) {
        bdi(text)
    }

    /// Writes `component` here; the same as `component.write(to: &self)`.
    public mutating func write(_ component: some HTMLComponent) {
        component.write(to: &self)
    }

    /// Markup written in source code, such as the doctype or a stylesheet. It must not contain
    /// `<`, `>` or `&` unless it is the doctype itself.
    public mutating func trusted(_ markup: StaticString) {
        append(markup)
    }

    /// A style rule made in this module from escaped parts (``CSSString``): it holds no `<`, `>`
    /// or `&`, so it is the same text in HTML and in XML.
    mutating func generatedCSS(_ css: String) {
        assert(!css.contains("<") && !css.contains(">") && !css.contains("&"), "generated CSS must not contain < > &")
        pending.append(contentsOf: css.utf8)
    }

    @inlinable
    mutating func bdi(_ text: String) {
        append("<bdi class=\"person\">")
        Self.escape(text, into: &pending)
        append("</bdi>")
    }

    @inlinable
    mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        append("<")
        append(name)
        writeAttributes(attributes)
        append(">")
    }

    @inlinable
    mutating func close(_ name: StaticString) {
        append("</")
        append(name)
        append(">")
        flushIfFull()
    }

    /// Moves the pending bytes into `written` once they make a chunk.
    @inlinable
    mutating func flushIfFull() {
        if pending.count >= Self.chunk { flush() }
    }

    @usableFromInline
    mutating func flush() {
        guard !pending.isEmpty else { return }
        written.append(String(decoding: pending, as: UTF8.self))
        pending.removeAll(keepingCapacity: true)
    }

    /// Appends markup from source code as it is.
    @inlinable
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { pending.append(contentsOf: $0) }
    }

    @inlinable
    mutating func writeAttributes(_ attributes: KeyValuePairs<StaticString, String?>) {
        for (name, value) in attributes {
            assert(Self.isAllowedUnderStrictCSP(name), "\(name): inline event handlers and style attributes break a strict CSP")
            guard let value else { continue }
            append(" ")
            append(name)
            append("=\"")
            Self.escape(value, into: &pending)
            append("\"")
        }
    }

    /// False for `on…` (event handlers) and `style`, which a CSP without `'unsafe-inline'` blocks.
    @usableFromInline
    static func isAllowedUnderStrictCSP(_ name: StaticString) -> Bool {
        name.withUTF8Buffer { bytes in
            let handler = bytes.count >= 2 && bytes[0] | 0x20 == UInt8(ascii: "o") && bytes[1] | 0x20 == UInt8(ascii: "n")
            return !handler && !bytes.elementsEqual("style".utf8)
        }
    }

    /// Appends `text` escaped for both text and attribute values, without forbidden characters.
    public static func escape(_ text: String, into output: inout String) {
        var bytes: [UInt8] = []
        escape(text, into: &bytes)
        output.append(String(decoding: bytes, as: UTF8.self))
    }

    /// Appends the UTF-8 of `text` escaped for both text and attribute values, without forbidden
    /// characters.
    @inlinable
    public static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape(utf8: $0, into: &output) }
    }

    /// The escaping itself, on the bytes of valid UTF-8: clean runs are copied whole, and only
    /// what must change is replaced or dropped. Every cut falls on a scalar boundary (an ASCII
    /// byte, or the first byte of a C1 control, U+FFFE or U+FFFF), so the output stays valid UTF-8.
    @inlinable
    static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let count = bytes.count
        var run = 0, index = 0
        while index < count {
            let byte = bytes[index]
            let replacement: StaticString
            var length = 1
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            case 0x09, 0x0A:
                index += 1
                continue
            case 0x00..<0x20, 0x7F: replacement = ""
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                replacement = ""  // a C1 control, U+0080–U+009F
                length = 2
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                replacement = ""  // the noncharacters U+FFFE and U+FFFF
                length = 3
            default:
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            index += length
            run = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<count]))
    }

    /// `text` escaped, as a new string.
    public static func escaped(_ text: String) -> String {
        var result = ""
        escape(text, into: &result)
        return result
    }
}
