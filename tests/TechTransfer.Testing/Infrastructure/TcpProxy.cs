using System.Net;
using System.Net.Sockets;

namespace TechTransfer.Testing.Infrastructure;

/// <summary>
/// A loopback TCP relay put between a service and a server, so a test can cut the server off
/// (<see cref="Cut"/>: open connections dropped, new ones refused) or freeze it (<see cref="Freeze"/>: connections stay
/// open and new ones are accepted, but no byte moves, as with a server that is SIGSTOPped or a network that black-holes),
/// and bring it back, whatever runs it: a local process, a container or a server someone else owns.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    // Completed while bytes flow; a fresh, pending one while frozen.
    private volatile TaskCompletionSource _flowing = Flowing();

    public TcpProxy(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        Port = FreePort.Next();
        Restore();
    }

    public int Port { get; }

    /// <summary>Drops every relayed connection and stops accepting new ones.</summary>
    public void Cut()
    {
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    /// <summary>
    /// Stops every byte in both directions, on open connections and on new ones (still accepted); what was read stays
    /// held and is delivered on <see cref="Thaw"/>, as a stopped server's socket buffers are once it runs again.
    /// </summary>
    public void Freeze()
    {
        if (_flowing.Task.IsCompleted) _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Lets the bytes flow again.</summary>
    public void Thaw() => _flowing.TrySetResult();

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    /// <summary>Accepts and relays connections again.</summary>
    public void Restore()
    {
        if (_listener is not null) return;
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try { inbound = await listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is ObjectDisposedException or SocketException or OperationCanceledException) { return; }

            var outbound = new TcpClient();
            try { await outbound.ConnectAsync(_target, _stop.Token); }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }
            lock (_open) _open.AddRange([inbound, outbound]);
            _ = RelayAsync(inbound, outbound, _stop.Token);
            _ = RelayAsync(outbound, inbound, _stop.Token);
        }
    }

    private async Task RelayAsync(TcpClient from, TcpClient to, CancellationToken stop)
    {
        var buffer = new byte[81920];
        try
        {
            var source = from.GetStream();
            var target = to.GetStream();
            for (int read; (read = await source.ReadAsync(buffer, stop)) > 0;)
            {
                await _flowing.Task.WaitAsync(stop);
                await target.WriteAsync(buffer.AsMemory(0, read), stop);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException or OperationCanceledException) { }
        finally
        {
            // A close is a byte too: a frozen server learns of it only once it runs again.
            await _flowing.Task.WaitAsync(stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            from.Dispose();
            to.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        Thaw();
        Cut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
