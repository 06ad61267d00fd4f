namespace CbssSimulator.Sandboxes;

/// <summary>
/// A sandbox's reader/writer gate (docs/decisions.md, "Sandboxes under concurrency"): every call that uses the
/// sandbox holds a shared lease for its whole life; a reset or a delete takes the gate exclusively. New calls wait
/// while a reset or delete is pending (writer preference, so a steady load cannot starve it); the exclusive holder
/// waits until the calls in flight have ended. Once a delete has closed the gate, every waiting and later call is
/// refused (<see cref="EnterAsync"/> answers false) and gets the "no sandbox named …" answer.
/// Taking and ending a lease costs two interlocked operations and no lock while no reset or delete is pending.
/// </summary>
public sealed class SandboxGate
{
    private readonly Lock sync = new();
    private readonly SemaphoreSlim exclusive = new(1, 1);
    private int users;
    private int blocked; // 1 while a reset or delete is pending or after a delete: leases go the slow way
    private bool pending;
    private bool closed;
    private TaskCompletionSource? drained;
    private TaskCompletionSource? reopened;

    public bool IsClosed
    {
        get
        {
            lock (sync)
            {
                return closed;
            }
        }
    }

    /// <summary>Takes a use lease; false when the sandbox has been deleted (before or while waiting).</summary>
    public async ValueTask<bool> EnterAsync(CancellationToken cancel)
    {
        if (Volatile.Read(ref blocked) == 0)
        {
            Interlocked.Increment(ref users); // a full fence: a reset that blocks now sees this lease and waits for it
            if (Volatile.Read(ref blocked) == 0)
            {
                return true;
            }

            Exit(); // raced with a reset or delete: no work was done, take the slow way
        }

        while (true)
        {
            Task wait;
            lock (sync)
            {
                if (closed)
                {
                    return false;
                }

                if (!pending)
                {
                    Interlocked.Increment(ref users);
                    return true;
                }

                wait = (reopened ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }

            await wait.WaitAsync(cancel);
        }
    }

    /// <summary>Ends a use lease taken by <see cref="EnterAsync"/>.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref users) != 0 || Volatile.Read(ref blocked) == 0)
        {
            return;
        }

        lock (sync)
        {
            if (Volatile.Read(ref users) == 0 && drained is not null)
            {
                drained.TrySetResult();
                drained = null;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once no call uses the sandbox and none can start. With <paramref name="close"/>
    /// the gate stays closed afterwards (a delete); otherwise it reopens and the waiting calls go on (a reset).
    /// False when the gate was already closed (nothing run).
    /// </summary>
    public async Task<bool> RunExclusiveAsync(Action action, bool close)
    {
        await exclusive.WaitAsync();
        try
        {
            Task wait;
            lock (sync)
            {
                if (closed)
                {
                    return false;
                }

                pending = true;
                Interlocked.Exchange(ref blocked, 1); // a full fence before reading the leases
                wait = Volatile.Read(ref users) == 0 ? Task.CompletedTask : (drained = new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }

            await wait;
            try
            {
                action();
            }
            finally
            {
                lock (sync)
                {
                    closed |= close;
                    pending = false;
                    Volatile.Write(ref blocked, closed ? 1 : 0);
                    reopened?.TrySetResult();
                    reopened = null;
                }
            }

            return true;
        }
        finally
        {
            exclusive.Release();
        }
    }
}
