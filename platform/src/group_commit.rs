//! Group commit: the relay's writes go to one writer thread that owns its
//! own connection and runs every write waiting in its queue in a single
//! transaction, each in a savepoint of its own. A write is answered only
//! after the transaction that holds it has committed, so an "accepted"
//! sent to a phone always names a message on disk; a write that fails is
//! rolled back alone and the others in the batch still commit.
//!
//! Under load this turns thousands of small transactions a second into a
//! few hundred larger ones, and the async tasks never hold a database lock:
//! they wait for their answer on a channel.
//!
//! Checkpoints (copying the write-ahead log back into the database, with an
//! fsync) run on a thread of their own, on their own connection, so that
//! the disk's flush never holds up a commit. Under steady writes such a
//! passive checkpoint never catches up with the log's end and the log would
//! only grow: past [`WAL_PAGES_MAX`] the writer itself, between two
//! batches, runs a checkpoint that restarts the log.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;

use rusqlite::Connection;

use crate::error::{Error, Result};

/// Most writes in one transaction: bounds the wait of the first one.
const MAX_BATCH: usize = 256;

/// Commits between two (passive) checkpoints.
const CHECKPOINT_EVERY: u32 = 64;

/// Past this many pages in the write-ahead log (64 MiB of 4 KiB pages), a
/// checkpoint waits for the writer so that the log starts over.
const WAL_PAGES_MAX: i64 = 16_384;

/// What a write's answer becomes once the batch's fate is known.
type Finish = Box<dyn FnOnce(bool) + Send>;
/// A write: runs inside its savepoint, says whether it succeeded.
type Job = Box<dyn FnOnce(&Connection) -> (bool, Finish) + Send>;

/// The handle on the writer thread; cloning shares the same writer. The
/// thread ends when every handle is dropped.
#[derive(Clone)]
pub struct GroupCommit {
    jobs: mpsc::Sender<Job>,
}

impl GroupCommit {
    /// Starts the writer thread on `conn`, and the checkpoint thread on
    /// `checkpoints` (another connection to the same file).
    pub fn start(conn: Connection, checkpoints: Connection) -> Result<GroupCommit> {
        conn.execute_batch("PRAGMA wal_autocheckpoint = 0")?;
        checkpoints.execute_batch("PRAGMA wal_autocheckpoint = 0")?;
        let (due, checkpoint_due) = mpsc::sync_channel::<()>(1);
        let restart = Arc::new(AtomicBool::new(false));
        let restart_due = restart.clone();
        thread::Builder::new()
            .name("discret-db-checkpoint".into())
            .spawn(move || checkpoint(checkpoints, checkpoint_due, &restart_due))
            .map_err(|e| Error::Setup(format!("cannot start the database checkpoints: {e}")))?;
        let (jobs, queue) = mpsc::channel::<Job>();
        thread::Builder::new()
            .name("discret-db-writer".into())
            .spawn(move || run(conn, queue, due, &restart))
            .map_err(|e| Error::Setup(format!("cannot start the database writer: {e}")))?;
        Ok(GroupCommit { jobs })
    }

    /// Runs `write` in the next batch; resolves once that batch committed.
    pub async fn write<R: Send + 'static>(
        &self,
        write: impl FnOnce(&Connection) -> Result<R> + Send + 'static,
    ) -> Result<R> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.submit(write, move |result| {
            let _ = answer.send(result);
        })?;
        answered.await.map_err(|_| stopped())?
    }

    /// The same from a blocking thread (the desk's intake, the key refill).
    pub fn write_blocking<R: Send + 'static>(
        &self,
        write: impl FnOnce(&Connection) -> Result<R> + Send + 'static,
    ) -> Result<R> {
        let (answer, answered) = mpsc::sync_channel(1);
        self.submit(write, move |result| {
            let _ = answer.send(result);
        })?;
        answered.recv().map_err(|_| stopped())?
    }

    /// Runs `write` in the next batch without waiting for it; a failure is
    /// logged (for writes nobody waits on, such as deleting acknowledged
    /// messages).
    pub fn submit_detached(
        &self,
        write: impl FnOnce(&Connection) -> Result<()> + Send + 'static,
    ) -> Result<()> {
        self.submit(write, |result| {
            if let Err(e) = result {
                tracing::error!(error = %e, "a background database write failed");
            }
        })
    }

    fn submit<R: Send + 'static>(
        &self,
        write: impl FnOnce(&Connection) -> Result<R> + Send + 'static,
        answer: impl FnOnce(Result<R>) + Send + 'static,
    ) -> Result<()> {
        let job: Job = Box::new(move |conn| {
            let result = write(conn);
            let ok = result.is_ok();
            let finish: Finish = Box::new(move |committed| {
                answer(match result {
                    Ok(_) if !committed => Err(Error::Internal("a database commit failed".into())),
                    other => other,
                })
            });
            (ok, finish)
        });
        self.jobs.send(job).map_err(|_| stopped())
    }
}

fn stopped() -> Error {
    Error::Internal("the database writer stopped".into())
}

/// Checkpoints when the writer says so, and asks the writer for a restart
/// when the log has grown too long; ends with the writer.
fn checkpoint(conn: Connection, due: mpsc::Receiver<()>, restart: &AtomicBool) {
    while due.recv().is_ok() {
        match conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1)) {
            Ok(pages) if pages > WAL_PAGES_MAX => restart.store(true, Ordering::Release),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "a database checkpoint failed"),
        }
    }
}

/// Checkpoints everything and starts the log over; the writer runs it
/// between batches, so it waits only for readers, not for itself.
fn restart_log(conn: &Connection) {
    match conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |r| r.get::<_, i64>(0)) {
        Ok(0) => {}
        Ok(_) => tracing::warn!("the write-ahead log could not start over (readers); next time"),
        Err(e) => tracing::error!(error = %e, "a database checkpoint failed"),
    }
}

fn run(
    conn: Connection,
    queue: mpsc::Receiver<Job>,
    checkpoint_due: mpsc::SyncSender<()>,
    restart: &AtomicBool,
) {
    let mut commits = 0u32;
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut finishes = Vec::with_capacity(batch.len());
        let committed = match step(&conn, "BEGIN IMMEDIATE") {
            Ok(()) => {
                for job in batch {
                    finishes.push(run_one(&conn, job));
                }
                match step(&conn, "COMMIT") {
                    Ok(()) => true,
                    Err(e) => {
                        tracing::error!(error = %e, "a database commit failed");
                        let _ = conn.execute_batch("ROLLBACK");
                        false
                    }
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot begin a database transaction");
                for job in batch {
                    // Not run: answered as failed without touching the data.
                    let (_, finish) = job_refused(job);
                    finishes.push(finish);
                }
                false
            }
        };
        for finish in finishes {
            finish(committed);
        }
        commits = commits.wrapping_add(1);
        if commits.is_multiple_of(CHECKPOINT_EVERY) {
            // Full: the checkpoint thread is at work and will see the log.
            let _ = checkpoint_due.try_send(());
        }
        if restart.swap(false, Ordering::AcqRel) {
            restart_log(&conn);
        }
    }
}

/// One transaction-control statement, prepared once per connection.
fn step(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([]).map(|_| ())
}

/// Runs one write in its savepoint; a failed write leaves no trace.
fn run_one(conn: &Connection, job: Job) -> Finish {
    if let Err(e) = step(conn, "SAVEPOINT write") {
        tracing::error!(error = %e, "cannot open a savepoint");
        return job_refused(job).1;
    }
    let (ok, finish) = job(conn);
    let closed = if ok {
        step(conn, "RELEASE write")
    } else {
        step(conn, "ROLLBACK TO write").and_then(|()| step(conn, "RELEASE write"))
    };
    if let Err(e) = closed {
        tracing::error!(error = %e, "cannot close a savepoint");
    }
    finish
}

/// A job that cannot run: its answer is a failure, whatever the batch does.
fn job_refused(job: Job) -> (bool, Finish) {
    drop(job);
    (false, Box::new(|_| {}))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn writer() -> (GroupCommit, std::path::PathBuf) {
        let mut bytes = [0u8; 8];
        rand::fill(&mut bytes);
        let dir = std::env::temp_dir().join(format!("discret-gc-{}", crate::relay::hex(&bytes)));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("db.sqlite3");
        let conn = Connection::open(&path).expect("open");
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL);",
        )
        .expect("schema");
        let checkpoints = Connection::open(&path).expect("open");
        (GroupCommit::start(conn, checkpoints).expect("writer"), path)
    }

    fn count(path: &std::path::Path) -> i64 {
        Connection::open(path)
            .expect("open")
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .expect("count")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_writes_all_commit_and_are_visible_when_answered() {
        let (writer, path) = writer();
        let mut tasks = Vec::new();
        for k in 0..500i64 {
            let writer = writer.clone();
            let path = path.clone();
            tasks.push(tokio::spawn(async move {
                writer
                    .write(move |c| Ok(c.execute("INSERT INTO t (k, v) VALUES (?1, 'x')", [k])?))
                    .await
                    .expect("write");
                // Answered means committed: another connection sees it.
                let seen: i64 = Connection::open(&path)
                    .expect("open")
                    .query_row("SELECT count(*) FROM t WHERE k = ?1", [k], |r| r.get(0))
                    .expect("read");
                assert_eq!(seen, 1);
            }));
        }
        for task in tasks {
            task.await.expect("task");
        }
        assert_eq!(count(&path), 500);
    }

    #[tokio::test]
    async fn a_failed_write_is_rolled_back_alone() {
        let (writer, path) = writer();
        let ok = writer.write(|c| Ok(c.execute("INSERT INTO t (k, v) VALUES (1, 'a')", [])?));
        let failing = writer.write(|c| {
            c.execute("INSERT INTO t (k, v) VALUES (2, 'b')", [])?;
            // Fails after a first insert: both of its rows must go.
            c.execute("INSERT INTO t (k, v) VALUES (1, 'dup')", [])?;
            Ok(())
        });
        let after = writer.write(|c| Ok(c.execute("INSERT INTO t (k, v) VALUES (3, 'c')", [])?));
        let (ok, failing, after) = tokio::join!(ok, failing, after);
        assert!(ok.is_ok() && after.is_ok());
        assert!(failing.is_err());
        assert_eq!(count(&path), 2);
        let v: String = Connection::open(&path)
            .expect("open")
            .query_row("SELECT v FROM t WHERE k = 1", [], |r| r.get(0))
            .expect("row");
        assert_eq!(v, "a");
    }

    #[test]
    fn blocking_writes_work_from_plain_threads() {
        let (writer, path) = writer();
        let threads: Vec<_> = (0..4i64)
            .map(|t| {
                let writer = writer.clone();
                std::thread::spawn(move || {
                    for i in 0..25i64 {
                        writer
                            .write_blocking(move |c| {
                                Ok(c.execute(
                                    "INSERT INTO t (k, v) VALUES (?1, 'x')",
                                    [t * 100 + i],
                                )?)
                            })
                            .expect("write");
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
        assert_eq!(count(&path), 100);
    }
}
