/// An index (into the corpus's claims, essays, an essay's text…) held in 32 bits behind an
/// `Int` property. A million claims are held at once, each with several indices, and the
/// relations and quotes with theirs: half their size is megabytes. Setting one that does not
/// fit in 32 bits traps, as an out-of-range index would.
@propertyWrapper
public struct Index32: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int) { stored = Int32(wrappedValue) }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(newValue) }
    }
}

/// An optional index held in 32 bits (-1 for none), as `Index32` holds an index.
@propertyWrapper
public struct OptionalIndex32: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int?) { stored = wrappedValue.map { Int32($0) } ?? -1 }

    public var wrappedValue: Int? {
        get { stored < 0 ? nil : Int(stored) }
        set { stored = newValue.map { Int32($0) } ?? -1 }
    }
}
