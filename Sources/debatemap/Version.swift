/// The version `debatemap --version` prints: raised with each release of the program,
/// following semantic versioning (the command line and JSON shapes are the interface).
enum Version {
    static let current = "0.8.0"
}
