using Comptoir.Data;

namespace Comptoir.Web.Tests.Data;

/// <summary>SQLite's write gate: the one thing between two saves that would otherwise fight over the database's single writer lock.</summary>
public sealed class WriteGateTests
{
    [Fact]
    public async Task Writers_go_one_at_a_time_each_in_turn()
    {
        var gate = new SqliteWriteGate();
        var inside = 0;
        var overlaps = 0;
        var done = 0;

        // More writers than the inline hand-offs allow (the rest go through the thread pool), each yielding inside.
        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            using (await gate.EnterAsync(CancellationToken.None))
            {
                if (Interlocked.Increment(ref inside) > 1) Interlocked.Increment(ref overlaps);
                await Task.Yield();
                Interlocked.Decrement(ref inside);
                Interlocked.Increment(ref done);
            }
        })));

        Assert.Equal(0, overlaps);
        Assert.Equal(200, done);
    }

    [Fact]
    public async Task A_writer_that_gives_up_waiting_leaves_its_turn_to_the_next()
    {
        var gate = new SqliteWriteGate();
        var first = await gate.EnterAsync(CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var impatient = gate.EnterAsync(giveUp.Token).AsTask();
        var patient = gate.EnterAsync(CancellationToken.None).AsTask();

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.False(patient.IsCompleted);
        first.Dispose();

        using var second = await patient.WaitAsync(TimeSpan.FromSeconds(10));
        var third = gate.EnterAsync(CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
    }
}
