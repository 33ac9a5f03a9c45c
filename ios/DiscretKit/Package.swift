// swift-tools-version:5.9
//
// DiscretKit: the discret core for iOS (and macOS, for development).
//
//  - DiscretFFIFFI: the C side of the uniffi bindings (DiscretFFIFFI.h and its
//    module map) with the Rust static library, as an XCFramework built by
//    build-xcframework.sh (see README.md).
//  - DiscretFFI: the generated Swift bindings, DiscretFFI.swift, copied from
//    bindings/generated/swift by sync-bindings.sh (not committed).
//  - DiscretKit: the thin hand-written layer (AsyncStreams over the core's
//    listener subscriptions); it re-exports DiscretFFI.
import PackageDescription

let package = Package(
    name: "DiscretKit",
    platforms: [
        .iOS(.v15),
        .macOS(.v12),
    ],
    products: [
        .library(name: "DiscretKit", targets: ["DiscretKit"]),
    ],
    targets: [
        .binaryTarget(
            name: "DiscretFFIFFI",
            path: "DiscretFFIFFI.xcframework"
        ),
        .target(
            name: "DiscretFFI",
            dependencies: ["DiscretFFIFFI"],
            path: "Sources/DiscretFFI",
            linkerSettings: [
                // Native libraries the Rust static library needs on Apple
                // platforms (TLS certificate verification through
                // security-framework). Check with
                // `cargo rustc -p discret-ffi --release --crate-type staticlib
                //  --target aarch64-apple-ios -- --print native-static-libs`.
                .linkedFramework("Security"),
                .linkedFramework("CoreFoundation"),
            ]
        ),
        .target(
            name: "DiscretKit",
            dependencies: ["DiscretFFI"],
            path: "Sources/DiscretKit"
        ),
        .testTarget(
            name: "DiscretKitTests",
            dependencies: ["DiscretKit"],
            path: "Tests/DiscretKitTests"
        ),
    ]
)
