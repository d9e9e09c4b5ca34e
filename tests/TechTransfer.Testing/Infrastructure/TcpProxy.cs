using System.Net;
using System.Net.Sockets;

namespace TechTransfer.Testing.Infrastructure;

/// <summary>
/// A loopback TCP relay put between a service and a server, so a test can cut the server off
/// (<see cref="Cut"/>: open connections dropped, new ones refused) and bring it back, whatever runs it:
/// a local process, a container or a server someone else owns.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;

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
            _ = RelayAsync(inbound, outbound);
            _ = RelayAsync(outbound, inbound);
        }
    }

    private static async Task RelayAsync(TcpClient from, TcpClient to)
    {
        try { await from.GetStream().CopyToAsync(to.GetStream()); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException) { }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        Cut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
