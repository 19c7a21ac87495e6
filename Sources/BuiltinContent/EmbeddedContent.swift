// Temporary until the embedding plugin is switched on.
enum EmbeddedContent { static let json = "" }
