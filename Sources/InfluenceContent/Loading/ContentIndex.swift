/// Where ids are defined and referred to across the content files, for the validator's cross-file checks.
public struct ContentIndex: Sendable {
    /// The kinds of id content files refer to.
    public enum Kind: String, Sendable, CaseIterable {
        case note, source, stage, term, `case`
    }

    /// One reference to an id, with where it stands.
    public struct Use: Sendable, Equatable {
        public var kind: Kind
        public var id: String
        public var location: SourceLocation
    }

    public private(set) var definitions: [Kind: [String: SourceLocation]] = [:]
    public private(set) var uses: [Use] = []
    /// Ids defined twice, also in another letter case ("Leyenda" beside "leyenda"): the later id
    /// and its place, and the earlier id and its place.
    public private(set) var duplicates: [(kind: Kind, id: String, at: SourceLocation, firstID: String, first: SourceLocation)] = []
    /// Per kind, each id in lowercase and the first id written so, for ids that differ only in letter case.
    private var lowercaseIDs: [Kind: [String: String]] = [:]

    /// Files that could not be read in full (not parsed, or a value in them dropped for a problem).
    /// Checks across files that would only echo those problems are skipped while there are any.
    public private(set) var incompleteFiles: [String] = []

    /// Every `from` read, with where it stands, for the range check once the article's paragraph
    /// count is known.
    public private(set) var provenances: [Provenance] = []

    public init() {}

    mutating func trace(_ provenance: Provenance) {
        provenances.append(provenance)
    }

    mutating func markIncomplete(_ file: String) {
        if !incompleteFiles.contains(file) { incompleteFiles.append(file) }
    }

    mutating func define(_ kind: Kind, _ id: String, at location: SourceLocation) {
        if let first = definitions[kind]?[id] {
            duplicates.append((kind, id, location, id, first))
            return
        }
        // Both spellings stay defined, so references to either are not reported as well.
        let lowercase = id.lowercased()
        if let other = lowercaseIDs[kind]?[lowercase], let first = definitions[kind]?[other] {
            duplicates.append((kind, id, location, other, first))
        } else {
            lowercaseIDs[kind, default: [:]][lowercase] = id
        }
        definitions[kind, default: [:]][id] = location
    }

    mutating func use(_ kind: Kind, _ id: String, at location: SourceLocation) {
        uses.append(Use(kind: kind, id: id, location: location))
    }

    public func isDefined(_ kind: Kind, _ id: String) -> Bool { definitions[kind]?[id] != nil }
    public func ids(_ kind: Kind) -> [String] { definitions[kind].map { Array($0.keys).sorted() } ?? [] }
}
