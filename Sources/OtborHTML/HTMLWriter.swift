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
    public var output: String { storage }

    // The writer's methods are inlinable: a report of 10,000 candidates makes millions of calls
    // from other modules, which would otherwise each pay a cross-module call and closure context.
    @usableFromInline var storage: String

    /// An empty writer; `capacity` reserves room for the expected output size in bytes.
    public init(capacity: Int = 64 * 1024) {
        storage = ""
        storage.reserveCapacity(capacity)
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
        Self.escape(text, into: &storage)
        close(name)
    }

    /// A self-closed element: an HTML void element (`meta`, `br`, `link`) or an empty SVG shape.
    @inlinable
    public mutating func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        storage.append("<")
        storage.append(name.description)
        writeAttributes(attributes)
        storage.append("/>")
    }

    /// Escaped text.
    @inlinable
    public mutating func text(_ text: String) {
        Self.escape(text, into: &storage)
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
        storage.append(markup.description)
    }

    /// A style rule made in this module from escaped parts (``CSSString``): it holds no `<`, `>`
    /// or `&`, so it is the same text in HTML and in XML.
    mutating func generatedCSS(_ css: String) {
        assert(!css.contains("<") && !css.contains(">") && !css.contains("&"), "generated CSS must not contain < > &")
        storage.append(css)
    }

    @inlinable
    mutating func bdi(_ text: String) {
        storage.append("<bdi class=\"person\">")
        Self.escape(text, into: &storage)
        storage.append("</bdi>")
    }

    @inlinable
    mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        storage.append("<")
        storage.append(name.description)
        writeAttributes(attributes)
        storage.append(">")
    }

    @inlinable
    mutating func close(_ name: StaticString) {
        storage.append("</")
        storage.append(name.description)
        storage.append(">")
    }

    @inlinable
    mutating func writeAttributes(_ attributes: KeyValuePairs<StaticString, String?>) {
        for (name, value) in attributes {
            assert(Self.isAllowedUnderStrictCSP(name), "\(name): inline event handlers and style attributes break a strict CSP")
            guard let value else { continue }
            storage.append(" ")
            storage.append(name.description)
            storage.append("=\"")
            Self.escape(value, into: &storage)
            storage.append("\"")
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
    @inlinable
    public static func escape(_ text: String, into output: inout String) {
        // Fast path: nothing to escape or drop (checked on UTF-8 bytes).
        var clean = true
        for byte in text.utf8 where byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E
            || byte == 0x22 || byte == 0x27 || byte == 0x7F || byte == 0xC2 || byte == 0xEF {
            clean = false
            break
        }
        if clean {
            output.append(text)
            return
        }
        // Slow path, still on bytes: clean runs are copied whole, and only what must change is
        // replaced or dropped. Every cut falls on a scalar boundary (an ASCII byte, or the first
        // byte of a C1 control, U+FFFE or U+FFFF), so each run is valid UTF-8.
        let bytes = text.utf8
        var run = bytes.startIndex, index = run
        while index != bytes.endIndex {
            let byte = bytes[index]
            let replacement: String?
            var length = 1
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            case 0x09, 0x0A:
                replacement = nil
                length = 0
            case 0x00..<0x20, 0x7F: replacement = ""
            case 0xC2 where Self.byte(after: index, in: bytes, offset: 1).map { (0x80...0x9F).contains($0) } == true:
                replacement = ""  // a C1 control, U+0080–U+009F
                length = 2
            case 0xEF where Self.byte(after: index, in: bytes, offset: 1) == 0xBF
                && Self.byte(after: index, in: bytes, offset: 2).map { $0 == 0xBE || $0 == 0xBF } == true:
                replacement = ""  // the noncharacters U+FFFE and U+FFFF
                length = 3
            default:
                replacement = nil
                length = 0
            }
            guard let replacement else {
                index = bytes.index(after: index)
                continue
            }
            output.append(contentsOf: text[run..<index])
            output.append(replacement)
            index = bytes.index(index, offsetBy: length)
            run = index
        }
        output.append(contentsOf: text[run..<bytes.endIndex])
    }

    /// The byte `offset` places after `index`, if the text is that long.
    @inlinable
    static func byte(after index: String.UTF8View.Index, in bytes: String.UTF8View, offset: Int) -> UInt8? {
        guard let position = bytes.index(index, offsetBy: offset, limitedBy: bytes.endIndex), position != bytes.endIndex else { return nil }
        return bytes[position]
    }

    /// `text` escaped, as a new string.
    public static func escaped(_ text: String) -> String {
        var result = ""
        escape(text, into: &result)
        return result
    }
}
