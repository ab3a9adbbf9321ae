/// One value per DISC factor (counts, composite scores, …), encoded as `{"d": …, "i": …, "s": …, "c": …}`.
public struct DISCFactorValues<Value> {
    public var d: Value
    public var i: Value
    public var s: Value
    public var c: Value

    public init(d: Value, i: Value, s: Value, c: Value) {
        self.d = d
        self.i = i
        self.s = s
        self.c = c
    }

    /// The values `value(factor)` for each factor.
    public init(_ value: (DISCFactor) throws -> Value) rethrows {
        self.init(d: try value(.d), i: try value(.i), s: try value(.s), c: try value(.c))
    }

    public subscript(factor: DISCFactor) -> Value {
        get {
            switch factor {
            case .d: d
            case .i: i
            case .s: s
            case .c: c
            }
        }
        set {
            switch factor {
            case .d: d = newValue
            case .i: i = newValue
            case .s: s = newValue
            case .c: c = newValue
            }
        }
    }

    /// The values in D, I, S, C order.
    public var values: [Value] { DISCFactor.allCases.map { self[$0] } }

    public func map<T>(_ transform: (Value) throws -> T) rethrows -> DISCFactorValues<T> {
        try DISCFactorValues<T> { try transform(self[$0]) }
    }
}

extension DISCFactorValues: Sendable where Value: Sendable {}
extension DISCFactorValues: Equatable where Value: Equatable {}
extension DISCFactorValues: Hashable where Value: Hashable {}
extension DISCFactorValues: Encodable where Value: Encodable {}
extension DISCFactorValues: Decodable where Value: Decodable {}

extension DISCFactorValues where Value: AdditiveArithmetic {
    /// Zero for every factor.
    public static var zero: DISCFactorValues { DISCFactorValues(d: .zero, i: .zero, s: .zero, c: .zero) }

    /// The sum over the four factors.
    public var sum: Value { values.reduce(.zero, +) }
}
