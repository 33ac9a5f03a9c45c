package fr.discret

import fr.discret.ffi.ApiException
import fr.discret.ffi.App
import fr.discret.ffi.AppConfig
import fr.discret.ffi.ChatEvent
import fr.discret.ffi.ChatRequest
import fr.discret.ffi.Connectivity
import fr.discret.ffi.ConnectivityListener
import fr.discret.ffi.TaskHandle
import fr.discret.ffi.TextDirection
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.runningFold
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/** Tests against the real libdiscret_ffi.so (test resources, linux-x86-64/). */
class DiscretTest {
    @TempDir
    lateinit var dataDir: Path

    private val apps = mutableListOf<App>()

    @AfterEach
    fun releaseApps() {
        apps.forEach { it.destroy() }
    }

    private fun config(
        dataDir: String = this.dataDir.toAbsolutePath().toString(),
        platformUrl: String = UNREACHABLE_PLATFORM,
        deskKey: String = WELL_FORMED_DESK_KEY,
        languages: List<String> = listOf("fr"),
    ) = AppConfig(dataDir, platformUrl, deskKey, languages)

    private fun app(config: AppConfig = config()): App = App(config).also { apps += it }

    @Test
    fun `emergency numbers include 17, 112 and 114, and 114 takes SMS`() {
        val numbers = app().emergencyNumbers().associateBy { it.number }
        for (number in listOf("17", "112", "114")) {
            assertNotNull(numbers[number], "missing $number in ${numbers.keys}")
        }
        assertTrue(numbers.getValue("114").acceptsSms, "114 must accept SMS")
    }

    @Test
    fun `supported languages cover at least 130 languages and Arabic is right to left`() {
        val languages = app().supportedLanguages()
        assertTrue(languages.size >= 130, "only ${languages.size} languages")
        val byTag = languages.associateBy { it.tag }
        assertEquals(TextDirection.RIGHT_TO_LEFT, byTag["ar"]?.direction)
        assertEquals(TextDirection.LEFT_TO_RIGHT, byTag["fr"]?.direction)
    }

    private class BadConfig(val name: String, val field: String, val config: () -> AppConfig)

    @TestFactory
    fun `each bad configuration is InvalidConfig naming its field`(): List<DynamicTest> = listOf(
        BadConfig("empty data dir", "data_dir") { config(dataDir = "") },
        BadConfig("relative data dir", "data_dir") { config(dataDir = "relative/discret") },
        BadConfig("plain http to a remote host", "platform_url") {
            config(platformUrl = "http://relay.example.fr")
        },
        BadConfig("malformed desk key", "desk_key") { config(deskKey = "abc") },
        BadConfig("unknown language", "preferred_languages") { config(languages = listOf("qqq")) },
    ).map { case ->
        DynamicTest.dynamicTest(case.name) {
            val error = assertThrows<ApiException.InvalidConfig> { app(case.config()) }
            assertTrue(
                error.message.orEmpty().contains(case.field),
                "the message should name `${case.field}`: ${error.message}",
            )
        }
    }

    @Test
    fun `a good configuration is accepted`() {
        app(config(platformUrl = "https://relay.example.fr", languages = listOf("ar", "fr")))
    }

    @Test
    fun `checkPlatform on an unreachable platform is a Network error`(): Unit = runBlocking {
        val app = app()
        assertThrows<ApiException.Network> { app.checkPlatform() }
    }

    @Test
    fun `connectivity flow reports OFFLINE first for an unreachable platform`(): Unit = runBlocking {
        val first = withTimeout(10_000) { app().connectivity().first() }
        assertEquals(Connectivity.OFFLINE, first)
    }

    @Test
    fun `ending the flow's collection cancels the subscription`(): Unit = runBlocking {
        val app = app()
        var handle: TaskHandle? = null
        val flow = subscriptionFlow<Connectivity> { emit ->
            app.subscribeConnectivity(object : ConnectivityListener {
                override fun onChange(state: Connectivity) = emit(state)
            }).also { handle = it }
        }
        val first = withTimeout(10_000) { flow.first() }
        assertEquals(Connectivity.OFFLINE, first)
        val subscribed = checkNotNull(handle) { "never subscribed" }
        assertFalse(subscribed.isActive(), "the handle is still active after the flow ended")
    }

    @Test
    fun `a task handle is active until cancelled`() {
        val reported = CountDownLatch(1)
        val handle = app().subscribeConnectivity(object : ConnectivityListener {
            override fun onChange(state: Connectivity) = reported.countDown()
        })
        try {
            assertTrue(handle.isActive(), "a fresh subscription should be active")
            assertTrue(reported.await(10, TimeUnit.SECONDS), "no connectivity reported")
            handle.cancel()
            assertFalse(handle.isActive(), "still active after cancel()")
            handle.cancel() // idempotent
            assertFalse(handle.isActive())
        } finally {
            handle.destroy()
        }
    }

    @Test
    fun `startChat with an unknown category is InvalidInput before any network use`(): Unit = runBlocking {
        val app = app()
        val error = assertThrows<ApiException.InvalidInput> {
            app.startChat(ChatRequest(category = "pizza", language = "fr"))
        }
        assertTrue(error.message.orEmpty().contains("category"), "should name the category: ${error.message}")
    }

    /**
     * A whole chat against a running platform, when DISCRET_PLATFORM_URL and
     * DISCRET_DESK_KEY are set (skipped otherwise).
     */
    @Test
    fun `a chat with a running platform`(): Unit = runBlocking {
        val url = System.getenv("DISCRET_PLATFORM_URL")
        val key = System.getenv("DISCRET_DESK_KEY")
        assumeTrue(!url.isNullOrBlank() && !key.isNullOrBlank(),
            "DISCRET_PLATFORM_URL and DISCRET_DESK_KEY are not set")
        val app = app(config(platformUrl = url!!, deskKey = key!!))
        val chat = app.startChat(ChatRequest(category = "domestic_violence", language = "fr"))
        try {
            // events() replays the chat's history, so each wait sees everything so far.
            val opening = withTimeout(15_000) {
                chat.events()
                    .runningFold(emptyList<ChatEvent>()) { seen, event -> seen + event }
                    .first { seen ->
                        seen.any { it is ChatEvent.Queued } &&
                            seen.any { it is ChatEvent.AutoAcknowledged }
                    }
            }
            val ack = opening.filterIsInstance<ChatEvent.AutoAcknowledged>().first()
            assertTrue(ack.text.isNotBlank(), "empty automatic acknowledgement")

            val id = chat.sendText("Test automatique du shell Kotlin", "fr")
            assertTrue(id.isNotBlank(), "sendText returned an empty id")
            val sent = withTimeout(15_000) {
                chat.events().first { it is ChatEvent.Sent && it.messageId == id }
            }
            assertEquals(ChatEvent.Sent(id), sent)
        } finally {
            chat.end() // the core's `Chat.close`, renamed for Kotlin (clashes with AutoCloseable.close)
            chat.destroy()
        }
    }

    private companion object {
        /** Nothing listens on the discard port: connections are refused at once. */
        const val UNREACHABLE_PLATFORM = "http://127.0.0.1:9"
        const val WELL_FORMED_DESK_KEY = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"
    }
}
