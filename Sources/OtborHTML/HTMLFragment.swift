/// Components written one after another, with nothing around them.
public struct HTMLFragment: HTMLComponent {
    /// The components, in document order.
    public var parts: [any HTMLComponent]

    /// A fragment of `parts`, in document order.
    public init(_ parts: [any HTMLComponent]) {
        self.parts = parts
    }

    public func write(to w: inout HTMLWriter) {
        for part in parts { part.write(to: &w) }
    }
}
