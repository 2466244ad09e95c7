namespace XjKeji.Simulator.Driving;

/// <summary>
/// A one-line progress bar on standard error: phase, done/total, elapsed time. Redrawn in place on a terminal, one line
/// per tenth otherwise (CI logs), so a long year shows it is moving without flooding the log.
/// </summary>
public sealed class ProgressBar(TextWriter output, bool interactive)
{
    private readonly object _gate = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private string _phase = string.Empty;
    private int _total;
    private int _done;
    private int _lastTenth = -1;

    /// <summary>Time since the simulation started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Starts a phase of <paramref name="total"/> steps.</summary>
    public void Phase(string name, int total)
    {
        lock (_gate)
        {
            if (interactive && _phase.Length > 0)
            {
                output.WriteLine();
            }

            (_phase, _total, _done, _lastTenth) = (name, Math.Max(total, 1), 0, -1);
            Draw();
        }
    }

    /// <summary>One step of the phase done.</summary>
    public void Step()
    {
        lock (_gate)
        {
            _done++;
            Draw();
        }
    }

    /// <summary>A line of its own (a summary, a warning).</summary>
    public void Say(string line)
    {
        lock (_gate)
        {
            output.WriteLine(interactive ? "\r" + line.PadRight(100) : line);
        }
    }

    private void Draw()
    {
        var tenth = _done * 10 / _total;
        if (!interactive && tenth == _lastTenth)
        {
            return;
        }

        _lastTenth = tenth;
        var width = 30;
        var filled = _done * width / _total;
        var line = $"[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{_total} {_phase} ({_clock.Elapsed:mm\\:ss})";
        if (interactive)
        {
            output.Write("\r" + line.PadRight(100));
        }
        else
        {
            output.WriteLine(line);
        }
    }
}
