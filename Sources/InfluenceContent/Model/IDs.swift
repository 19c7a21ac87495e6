/// A case's id ("leyenda"), typed so it cannot be mixed up with other ids or with an index.
public struct CaseID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A stage's id ("resource-transfer").
public struct StageID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A note's id ("fn19", "leyenda-walker").
public struct NoteID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

extension Case {
    /// This case's id, typed.
    public var caseID: CaseID { CaseID(id) }
}

extension Content {
    /// The case with this id.
    public func `case`(_ id: CaseID) -> Case? { caseIndex(id: id.rawValue).map { cases[$0] } }

    /// The position of the case with this id in `cases`.
    public func caseIndex(_ id: CaseID) -> Int? { caseIndex(id: id.rawValue) }

    /// The note with this id, wherever it is defined.
    public func note(_ id: NoteID) -> Note? { note(id: id.rawValue) }
}
