/// Why a room cannot be used, said in one line (with what to do) before the explorer starts.
public struct RoomProblem: Error, Equatable, Sendable {
    /// What kind of problem, for the exit status.
    public enum Kind: Equatable, Sendable {
        /// The room's name is not a plain word.
        case name
        /// No room folder was named and XDG_RUNTIME_DIR is not set.
        case noRuntimeDirectory
        /// The room folder does not exist, or is not a folder.
        case noFolder
        /// The presenter cannot write the room file.
        case cannotWrite
        /// The room file or folder is not one a follower may trust.
        case untrusted
        /// `--lead-user` names nobody.
        case unknownUser
    }

    public var kind: Kind
    public var message: String
    /// The reason in a few words, for the status line (the message when not given).
    public var short: String

    public init(_ kind: Kind, _ message: String, short: String? = nil) {
        self.kind = kind
        self.message = message
        self.short = short ?? message
    }
}
