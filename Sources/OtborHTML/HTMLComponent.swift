/// A piece of a page that writes itself through the escaping writer: a report section, a chart,
/// a table cell, a navigation bar, a form.
///
/// A component is a value: it can be kept in a list, wrapped, passed to a ``Page`` frame or
/// rendered on its own (``renderFragment(capacity:)``, for a partial response). It makes no
/// markup of its own except through ``HTMLWriter``, so escaping stays in one place.
public protocol HTMLComponent: Sendable {
    /// Appends this component's markup to `w`.
    func write(to w: inout HTMLWriter)
}

extension HTMLComponent {
    /// This component alone, as markup (no doctype, no frame).
    public func renderFragment(capacity: Int = 4 * 1024) -> String {
        var w = HTMLWriter(capacity: capacity)
        write(to: &w)
        return w.finish()
    }
}
