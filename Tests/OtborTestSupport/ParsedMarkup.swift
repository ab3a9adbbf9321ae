import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Rendered markup (a page or a report) parsed by libxml2 (FoundationXML), with XPath helpers.
/// Queries should match elements by `local-name()`, because the document is in the XHTML default
/// namespace.
public struct ParsedMarkup {
    public let html: String
    public let document: XMLDocument

    /// Why a text is not well-formed XML.
    public struct NotWellFormed: Error, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var reason: String
        public var description: String { "not well-formed at \(line):\(column): \(reason)" }
    }

    /// Checks well-formedness with the SAX parser first — `XMLDocument` recovers from errors
    /// silently, and `XMLParser.parse()` can return `true` after an error, so every reported
    /// error counts — then builds the tree for XPath.
    public init(_ html: String) throws {
        self.html = html
        let data = Data(html.utf8)
        let parser = XMLParser(data: data)
        let errors = ErrorCollector()
        parser.delegate = errors
        let finished = parser.parse()
        if let error = errors.errors.first ?? parser.parserError ?? (finished ? nil : NotWellFormed(line: 0, column: 0, reason: "parse failed")) {
            throw NotWellFormed(line: parser.lineNumber, column: parser.columnNumber, reason: "\(error)")
        }
        document = try XMLDocument(data: data, options: [])
    }

    private final class ErrorCollector: NSObject, XMLParserDelegate {
        var errors: [any Error] = []
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { errors.append(parseError) }
        func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) { errors.append(validationError) }
    }

    /// The nodes an XPath query selects.
    public func nodes(_ xpath: String) throws -> [XMLNode] {
        try document.nodes(forXPath: xpath)
    }

    public func count(_ xpath: String) throws -> Int { try nodes(xpath).count }

    /// The string values of the attribute `name` on the elements `element` selects.
    public func attribute(_ name: String, of element: String) throws -> [String] {
        try nodes(element + "/@" + name).compactMap(\.stringValue)
    }

    /// All text of the document, as the reader sees it.
    public var text: String { document.rootElement()?.stringValue ?? "" }
}

/// `//*[local-name()='NAME']`, optionally with a predicate.
public func el(_ name: String, _ predicate: String = "") -> String {
    "//*[local-name()='\(name)']" + (predicate.isEmpty ? "" : "[\(predicate)]")
}
