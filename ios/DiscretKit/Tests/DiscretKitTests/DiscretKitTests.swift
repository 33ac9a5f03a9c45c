// Runs on macOS (`swift test`) when the XCFramework has a macOS slice, or on
// an iOS simulator from Xcode. Mirrors part of the JVM tests of
// android/discret-kotlin. Not compiled yet: no Swift toolchain was available
// where this was written.
import DiscretKit
import Foundation
import XCTest

final class DiscretKitTests: XCTestCase {
    /// Nothing listens on the discard port: connections are refused at once.
    private let unreachablePlatform = "http://127.0.0.1:9"
    private let wellFormedDeskKey = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"

    private func config(deskKey: String? = nil) -> AppConfig {
        let dataDir = FileManager.default.temporaryDirectory
            .appendingPathComponent("discretkit-\(UUID().uuidString)", isDirectory: true)
        return AppConfig(
            dataDir: dataDir.path,
            platformUrl: unreachablePlatform,
            deskKey: deskKey ?? wellFormedDeskKey,
            preferredLanguages: ["fr"])
    }

    func testEmergencyNumbersInclude17And112And114() throws {
        let numbers = try App(config: config()).emergencyNumbers()
        for wanted in ["17", "112", "114"] {
            XCTAssertTrue(numbers.contains { $0.number == wanted }, "missing \(wanted)")
        }
        XCTAssertEqual(numbers.first { $0.number == "114" }?.acceptsSms, true)
    }

    func testMalformedDeskKeyIsInvalidConfig() {
        XCTAssertThrowsError(try App(config: config(deskKey: "abc"))) { error in
            guard let apiError = error as? ApiError, case let .InvalidConfig(message) = apiError else {
                return XCTFail("expected ApiError.InvalidConfig, got \(error)")
            }
            XCTAssertTrue(message.contains("desk_key"), message)
        }
    }

    func testCheckPlatformOnUnreachablePlatformIsNetworkError() async throws {
        let app = try App(config: config())
        do {
            _ = try await app.checkPlatform()
            XCTFail("checkPlatform succeeded on an unreachable platform")
        } catch ApiError.Network {
            // expected
        }
    }

    func testConnectivityStartsOfflineForUnreachablePlatform() async throws {
        let app = try App(config: config())
        var first: Connectivity?
        for await state in app.connectivity() {
            first = state
            break
        }
        XCTAssertEqual(first, .offline)
    }
}
