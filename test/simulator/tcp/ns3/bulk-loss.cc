// ns-3 reference run for test/simulator/tcp/validation.test.ts (tcp-reference.md's setup):
// two nodes, point-to-point 10 Mbit/s, 50 ms one way, one bulk TCP flow (NewReno, SACK on,
// delayed ACK every 2 segments, MSS 1448, 8 MiB buffers), drop-tail queue of 100 packets,
// uniform random loss on data segments only. Everything else is ns-3's default (printed).
// Not built by CI. Build and run (Debian: apt-get install ns3 libns3-dev):
//   g++ -O2 -std=c++17 bulk-loss.cc -o bulk-loss $(pkg-config --cflags --libs ns3-core \
//     ns3-network ns3-internet ns3-point-to-point ns3-applications \
//     ns3-traffic-control)
//   ./bulk-loss --loss=0.01 --run=1        # prints goodput in Mbit/s over 60 s
#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/traffic-control-module.h"
#include <iostream>

using namespace ns3;

int main(int argc, char* argv[])
{
    double loss = 0.01;
    uint32_t run = 1;
    double seconds = 60;
    CommandLine cmd;
    cmd.AddValue("loss", "segment loss rate on data", loss);
    cmd.AddValue("run", "RNG run number (the seed)", run);
    cmd.AddValue("seconds", "simulated time", seconds);
    cmd.Parse(argc, argv);
    RngSeedManager::SetSeed(1);
    RngSeedManager::SetRun(run);

    Config::SetDefault("ns3::TcpL4Protocol::SocketType", StringValue("ns3::TcpNewReno"));
    Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(1448));
    Config::SetDefault("ns3::TcpSocket::DelAckCount", UintegerValue(2));
    Config::SetDefault("ns3::TcpSocket::SndBufSize", UintegerValue(8 << 20));
    Config::SetDefault("ns3::TcpSocket::RcvBufSize", UintegerValue(8 << 20));
    Config::SetDefault("ns3::TcpSocketBase::Sack", BooleanValue(true));

    NodeContainer nodes;
    nodes.Create(2);
    PointToPointHelper link;
    link.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
    link.SetChannelAttribute("Delay", StringValue("50ms"));
    link.SetQueue("ns3::DropTailQueue", "MaxSize", StringValue("100p"));
    NetDeviceContainer devices = link.Install(nodes);

    Ptr<RateErrorModel> errors = CreateObject<RateErrorModel>();
    errors->SetAttribute("ErrorRate", DoubleValue(loss));
    errors->SetAttribute("ErrorUnit", StringValue("ERROR_UNIT_PACKET"));
    // Only the receiver's device gets data segments; ACKs travel the other way untouched.
    devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(errors));

    InternetStackHelper stack;
    stack.Install(nodes);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.0.0.0", "255.255.255.0");
    Ipv4InterfaceContainer interfaces = addresses.Assign(devices);
    // No queue disc: the device's 100-packet drop-tail queue is the only queue.
    TrafficControlHelper tch;
    tch.Uninstall(devices);

    uint16_t port = 9;
    BulkSendHelper source("ns3::TcpSocketFactory", InetSocketAddress(interfaces.GetAddress(1), port));
    source.SetAttribute("MaxBytes", UintegerValue(0));
    ApplicationContainer sender = source.Install(nodes.Get(0));
    sender.Start(Seconds(0));
    PacketSinkHelper sink("ns3::TcpSocketFactory", InetSocketAddress(Ipv4Address::GetAny(), port));
    ApplicationContainer receiver = sink.Install(nodes.Get(1));
    receiver.Start(Seconds(0));

    Simulator::Stop(Seconds(seconds));
    Simulator::Run();
    uint64_t bytes = DynamicCast<PacketSink>(receiver.Get(0))->GetTotalRx();
    std::cout << loss << " " << run << " " << (bytes * 8.0 / seconds / 1e6) << std::endl;
    Simulator::Destroy();
    return 0;
}
